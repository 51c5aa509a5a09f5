from videochat.cli import main

main()
