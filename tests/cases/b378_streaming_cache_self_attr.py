# case: streaming SED front end keeps the last context frames of the previous chunk by assigning self.cache inside construct when use_cache is on -> writing a Tensor attribute of self in construct is expected to be rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StreamConfig:
    n_mels = 32
    context_frames = 4
    n_classes = 5
    use_cache = True


class ContextFrontEnd(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.context = config.context_frames
        self.use_cache = config.use_cache
        self.cache = Tensor(np.zeros((config.context_frames, config.n_mels), np.float32))
        self.conv = nn.Conv1d(config.n_mels, config.n_mels, config.context_frames + 1, pad_mode="valid")
        self.fc = nn.Dense(config.n_mels, config.n_classes)

    def construct(self, chunk):
        # chunk: (T, n_mels)
        x = ops.concat((self.cache, chunk), axis=0)
        if self.use_cache:
            self.cache = chunk[-self.context:]
        h = self.conv(x.transpose(1, 0).expand_dims(0))      # (1, n_mels, T)
        h = h.squeeze(0).transpose(1, 0)
        return ops.sigmoid(self.fc(h))


def make():
    np.random.seed(3801)
    chunk = Tensor(np.random.randn(20, 32).astype(np.float32))
    return ContextFrontEnd(StreamConfig()), (chunk,)
