# case: recognizer wrapping its encoder call in a `with self.profiler:` block using a plain Python context-manager class that records elapsed steps -> rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StepProfiler:
    def __init__(self, name="rec"):
        self.name = name
        self.calls = 0

    def __enter__(self):
        self.calls += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        return False


class RecConfig:
    def __init__(self, hidden=32, num_classes=37, profile=True):
        self.hidden = hidden
        self.num_classes = num_classes
        self.profile = profile


class ProfiledRecognizer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.profile = config.profile
        self.profiler = StepProfiler() if config.profile else None
        self.encoder = nn.SequentialCell([nn.Dense(config.hidden, config.hidden), nn.ReLU()])
        self.head = nn.Dense(config.hidden, config.num_classes)

    def construct(self, seq):
        if self.profiler is not None:
            with self.profiler:
                hidden = self.encoder(seq)
        else:
            hidden = self.encoder(seq)
        return ops.log_softmax(self.head(hidden), axis=-1)


def make():
    np.random.seed(44)
    seq = Tensor(np.random.randn(2, 20, 32).astype(np.float32))
    return ProfiledRecognizer(RecConfig()), (seq,)
