# case: streaming detector accumulates per-chunk event statistics in a @ms.jit_class EventBuffer created in construct and mutated in the chunk loop -> mutating a jit_class instance's attributes in construct is expected to be rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class EventBuffer:
    def __init__(self, n_classes):
        self.n_classes = n_classes
        self.n_chunks = 0
        self.peak = ops.zeros((n_classes,), ms.float32)

    def update(self, chunk_probs):
        self.peak = ops.maximum(self.peak, chunk_probs.max(axis=0))
        self.n_chunks = self.n_chunks + 1


class StreamConfig:
    n_mels = 32
    n_classes = 5
    chunk_frames = 16


class StreamingDetector(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.fc = nn.Dense(config.n_mels, config.n_classes)
        self.n_classes = config.n_classes
        self.chunk = config.chunk_frames

    def construct(self, logmel):
        # logmel: (T, n_mels), processed chunk by chunk
        buffer = EventBuffer(self.n_classes)
        for start in range(0, logmel.shape[0], self.chunk):
            probs = ops.sigmoid(self.fc(logmel[start:start + self.chunk]))
            buffer.update(probs)
        return buffer.peak, buffer.n_chunks


def make():
    np.random.seed(3800)
    logmel = Tensor(np.random.randn(64, 32).astype(np.float32))
    return StreamingDetector(StreamConfig()), (logmel,)
