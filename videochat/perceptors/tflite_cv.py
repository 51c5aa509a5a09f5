"""Run TFLite models in OpenCV's DNN module when they use two ops its importer lacks.

MediaPipe's ``face_detection_full_range_sparse.tflite`` and ``pose_detection.tflite`` keep some
fp16 weights in TFLite's sparse format (expanded at run time by DENSIFY) and upsample with
DEPTH_TO_SPACE. DENSIFY is folded away at load time: the dense values are appended to the model
and the weight's buffer points at them, consumers read the weight directly. DEPTH_TO_SPACE is done
in numpy: the graph is cut at those ops into segments, each loaded as its own OpenCV net with its
own inputs and outputs. FlatBuffers offsets only point forward, so every edit is an in-place patch
of an offset or index plus data appended at the end; nothing else moves. No new dependency.
"""

from __future__ import annotations

import struct
from pathlib import Path

import numpy as np

DENSIFY, DEPTH_TO_SPACE, DEQUANTIZE = 124, 5, 6
DTYPES = {0: np.float32, 1: np.float16, 2: np.int32, 3: np.uint8, 9: np.int8}


class Table:
    """A FlatBuffers table inside ``buf`` at ``pos``: fields by their schema index."""

    def __init__(self, buf: bytearray, pos: int) -> None:
        self.buf, self.pos = buf, pos
        self.vtable = pos - struct.unpack_from("<i", buf, pos)[0]

    def where(self, field: int) -> int:
        """Absolute position of a field's value, or 0 when the field is absent."""
        vt_size = struct.unpack_from("<H", self.buf, self.vtable)[0]
        slot = 4 + 2 * field
        if slot >= vt_size:
            return 0
        off = struct.unpack_from("<H", self.buf, self.vtable + slot)[0]
        return self.pos + off if off else 0

    def scalar(self, field: int, fmt: str, default: int = 0) -> int:
        at = self.where(field)
        return struct.unpack_from("<" + fmt, self.buf, at)[0] if at else default

    def target(self, field: int) -> int:
        """Where an offset field (table, vector, string) points, or 0."""
        at = self.where(field)
        return at + struct.unpack_from("<I", self.buf, at)[0] if at else 0

    def table(self, field: int) -> Table | None:
        at = self.target(field)
        return Table(self.buf, at) if at else None

    def tables(self, field: int) -> list[Table]:
        vec = self.target(field)
        if not vec:
            return []
        n = struct.unpack_from("<I", self.buf, vec)[0]
        return [Table(self.buf, e + struct.unpack_from("<I", self.buf, e)[0]) for e in range(vec + 4, vec + 4 + 4 * n, 4)]

    def vector(self, field: int, dtype) -> np.ndarray:
        vec = self.target(field)
        if not vec:
            return np.zeros(0, dtype)
        n = struct.unpack_from("<I", self.buf, vec)[0]
        return np.frombuffer(bytes(self.buf[vec + 4: vec + 4 + n * np.dtype(dtype).itemsize]), dtype=dtype)


def sparse_to_dense(shape: list[int], values: np.ndarray, sparsity: Table) -> np.ndarray:
    """Expand TFLite's sparse format: ``dim_metadata`` lists the traversal dimensions (the tensor's
    own, then block dimensions) in ``traversal_order``, each DENSE (a size) or SPARSE_CSR (segments
    and indices); a leaf's position in ``values`` is the running index through that tree."""
    order = sparsity.vector(0, np.int32)
    block_map = sparsity.vector(1, np.int32)
    index_types = {1: np.int32, 2: np.uint16, 3: np.uint8}
    leaf = np.zeros(1, np.int64)  # running index into the stored values
    coords = np.zeros((1, 0), np.int64)  # per leaf: its index along each traversal dimension so far
    sizes = []
    for meta in sparsity.tables(2):
        if meta.scalar(0, "b") == 0:  # DENSE
            size = meta.scalar(1, "i")
            sizes.append(size)
            step = np.arange(size)
            leaf = (leaf[:, None] * size + step).ravel()
            coords = np.concatenate([np.repeat(coords, size, 0), np.tile(step, len(coords))[:, None]], 1)
        else:  # SPARSE_CSR: children of parent p are indices[segments[p]:segments[p + 1]]
            segments = meta.table(3).vector(0, index_types[meta.scalar(2, "B")]).astype(np.int64)
            indices = meta.table(5).vector(0, index_types[meta.scalar(4, "B")]).astype(np.int64)
            sizes.append(None)
            counts = segments[leaf + 1] - segments[leaf]
            starts = np.repeat(segments[leaf], counts)
            within = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
            leaf = starts + within
            coords = np.concatenate([np.repeat(coords, counts, 0), indices[leaf][:, None]], 1)
    dense = np.zeros(shape, values.dtype)
    n = len(shape)
    position = {int(d): i for i, d in enumerate(order)}  # traversal slot of each expanded dimension
    index = []
    for d in range(n):
        own = coords[:, position[d]]
        blocked = np.flatnonzero(block_map == d)
        if blocked.size:  # a blocked dimension: block number * block size + offset inside the block
            slot = position[n + int(blocked[0])]
            own = own * sizes[slot] + coords[:, slot]
        index.append(own)
    dense[tuple(index)] = values[leaf]
    return dense


def densify(data: bytes) -> bytes:
    """A copy of a TFLite flatbuffer with every DENSIFY op folded into dense constant weights."""
    buf = bytearray(data)
    model = Table(buf, struct.unpack_from("<I", buf, 0)[0])
    codes = [max(c.scalar(0, "b"), c.scalar(3, "i")) for c in model.tables(1)]
    buffers = model.tables(4)
    for graph in model.tables(2):
        tensors = graph.tables(0)
        ops = graph.tables(3)
        dropped: dict[int, int] = {}  # DENSIFY output tensor -> its (now dense) input tensor
        for op in ops:
            if codes[op.scalar(0, "I")] != DENSIFY:
                continue
            (src,), (dst,) = op.vector(1, np.int32), op.vector(2, np.int32)
            tensor = tensors[src]
            shape = tensor.vector(0, np.int32).tolist()
            buffer = buffers[tensor.scalar(2, "I")]
            values = buffer.vector(0, np.uint8).view(DTYPES[tensor.scalar(1, "b")])
            dense = sparse_to_dense(shape, values, tensor.table(6))
            append_vector(buf, buffer.where(0), dense.tobytes())
            dropped[int(dst)] = int(src)
        if not dropped:
            continue
        for op in ops:  # consumers read the dense weight itself
            vec = op.target(1)
            for i, t in enumerate(op.vector(1, np.int32)):
                if int(t) in dropped:
                    struct.pack_into("<i", buf, vec + 4 + 4 * i, dropped[int(t)])
        keep_operators(buf, graph, [i for i, op in enumerate(ops) if codes[op.scalar(0, "I")] != DENSIFY])
    return bytes(buf)


def keep_operators(buf: bytearray, graph: Table, keep: list[int]) -> None:
    """Shorten a subgraph's operator list to ``keep`` (indices, in order) in place: the shorter vector
    ends where the old one did, so every entry still points forward at its operator table."""
    ops_at = graph.target(3)
    n = struct.unpack_from("<I", buf, ops_at)[0]
    targets = [ops_at + 4 + 4 * i + struct.unpack_from("<I", buf, ops_at + 4 + 4 * i)[0] for i in keep]
    start = ops_at + 4 * (n - len(keep))
    struct.pack_into("<I", buf, start, len(keep))
    for slot, target in enumerate(targets):
        at = start + 4 + 4 * slot
        struct.pack_into("<I", buf, at, target - at)
    field = graph.where(3)
    struct.pack_into("<I", buf, field, start - field)


def set_ints(buf: bytearray, field: int, values: list[int]) -> None:
    """Point an int-vector field (a subgraph's inputs or outputs) at a new vector appended at the end."""
    while len(buf) % 4:
        buf.append(0)
    at = len(buf)
    buf += struct.pack(f"<I{len(values)}i", len(values), *values)
    struct.pack_into("<I", buf, field, at - field)


def depth_to_space(x: np.ndarray, block: int) -> np.ndarray:
    """TFLite's DEPTH_TO_SPACE on an NCHW array: channel (dy * block + dx) * C + c -> pixel offset (dy, dx)."""
    n, cb, h, w = x.shape
    c = cb // (block * block)
    y = x.reshape(n, block, block, c, h, w).transpose(0, 3, 4, 1, 5, 2)
    return np.ascontiguousarray(y.reshape(n, c, h * block, w * block))


class Segment:
    """One OpenCV net for the operators between two DEPTH_TO_SPACE ops; tensors by model index."""

    def __init__(self, model: bytes, inputs: list[int], outputs: list[int], names: dict[int, str]) -> None:
        import cv2

        self.net = cv2.dnn.readNetFromTFLite(np.frombuffer(model, np.uint8))
        self.inputs, self.outputs, self.names = inputs, outputs, names
        layers = set(self.net.getLayerNames())
        # OpenCV names a layer after its output tensor, with "/activ" for a fused activation
        self.layers = [names[t] + "/activ" if names[t] + "/activ" in layers else names[t] for t in outputs]

    def __call__(self, values: dict[int, np.ndarray]) -> None:
        for t in self.inputs:
            if len(self.inputs) == 1:
                self.net.setInput(values[t])
            else:
                self.net.setInput(values[t], self.names[t])
        for t, out in zip(self.outputs, self.net.forward(self.layers)):
            values[t] = out


class OpenCVTFLite:
    """A TFLite model run by OpenCV: ``model(nchw_input)`` -> the model's outputs, in order."""

    def __init__(self, path: Path) -> None:
        data = densify(Path(path).read_bytes())
        buf = bytearray(data)
        model = Table(buf, struct.unpack_from("<I", buf, 0)[0])
        codes = [max(c.scalar(0, "b"), c.scalar(3, "i")) for c in model.tables(1)]
        buffers = model.tables(4)
        graph = model.tables(2)[0]
        tensors = graph.tables(0)
        names = {i: bytes(t.vector(3, np.uint8)).decode() for i, t in enumerate(tensors)}
        const = {i for i, t in enumerate(tensors) if buffers[t.scalar(2, "I")].vector(0, np.uint8).size}
        ops = [(codes[op.scalar(0, "I")], op.vector(1, np.int32).tolist(), op.vector(2, np.int32).tolist(),
                op.table(4)) for op in graph.tables(3)]
        self.input = int(graph.vector(1, np.int32)[0])
        self.outputs = graph.vector(2, np.int32).tolist()
        self.upsample: dict[int, tuple[int, int]] = {}  # DEPTH_TO_SPACE output -> (input, block size)
        segment_of, k = [], 0
        for code, ins, outs, options in ops:
            if code == DEPTH_TO_SPACE:
                self.upsample[outs[0]] = (ins[0], options.scalar(0, "i"))
                k += 1
            segment_of.append(k)
        consumers: dict[int, list[int]] = {}
        for i, (_, ins, _, _) in enumerate(ops):
            for t in ins:
                consumers.setdefault(t, []).append(i)
        members: list[set[int]] = [set() for _ in range(k + 1)]
        for i, (code, ins, outs, _) in enumerate(ops):
            if code == DEPTH_TO_SPACE:
                continue
            if code == DEQUANTIZE and all(t in const for t in ins):  # a weight: copied to every segment using it
                for c in consumers.get(outs[0], []):
                    members[segment_of[c]].add(i)
            else:
                members[segment_of[i]].add(i)
        self.segments = []
        for s, member in enumerate(members):
            keep = sorted(member)
            if not keep:
                continue
            made = {t for i in keep for t in ops[i][2]}
            inputs = sorted({t for i in keep for t in ops[i][1] if t >= 0 and t not in made and t not in const})
            outputs = sorted(t for t in made if t in self.outputs
                             or any(c not in member for c in consumers.get(t, [])))
            part = bytearray(data)
            part_model = Table(part, struct.unpack_from("<I", part, 0)[0])
            part_graph = part_model.tables(2)[0]
            keep_operators(part, part_graph, keep)
            set_ints(part, part_graph.where(1), inputs)
            set_ints(part, part_graph.where(2), outputs)
            self.segments.append(Segment(bytes(part), inputs, outputs, names))

    def __call__(self, x: np.ndarray) -> list[np.ndarray]:
        values = {self.input: x}
        for segment in self.segments:
            for t in segment.inputs:
                if t not in values:
                    source, block = self.upsample[t]
                    values[t] = depth_to_space(values[source], block)
            segment(values)
        return [values[t] for t in self.outputs]


def append_vector(buf: bytearray, field: int, payload: bytes) -> None:
    """Append a byte vector (16-byte aligned, as TFLite wants for buffers) and point ``field`` at it."""
    while (len(buf) + 4) % 16:
        buf.append(0)
    vec = len(buf)
    buf += struct.pack("<I", len(payload)) + payload
    struct.pack_into("<I", buf, field, vec - field)
