# case: time-decayed pooling walks the transactions with for t in range(int(lengths.max())), accumulating decayed states -> graph mode rejects a loop count taken from tensor data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecayPoolConfig:
    feat_dim = 5
    hidden = 8
    decay = 0.9


class DecayedPooling(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.proj = nn.Dense(config.feat_dim, config.hidden)
        self.decay = config.decay

    def _num_steps(self, lengths):
        return int(lengths.max())

    def construct(self, feats, lengths):
        h = self.proj(feats)
        state = ops.zeros_like(h[:, 0])
        for t in range(self._num_steps(lengths)):
            valid = (lengths > t).astype(ms.float32).expand_dims(-1)
            state = valid * (self.decay * state + h[:, t]) + (1.0 - valid) * state
        return state


def make():
    np.random.seed(3768)
    feats = np.random.randn(4, 9, 5).astype(np.float32)
    lengths = np.array([9, 3, 6, 1], np.int32)
    return DecayedPooling(DecayPoolConfig()), (Tensor(feats), Tensor(lengths))
