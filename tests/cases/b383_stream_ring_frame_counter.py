# case: streaming DNN keyword spotter keeps past MFCC frames in a Parameter ring buffer (mixin helper) and also counts frames seen in a plain Python attribute bumped in construct -> Graph mode rejects the self attribute write
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class StreamConfig:
    def __init__(self, n_mfcc=10, context=8, hidden=32, num_labels=12, use_cache=True):
        self.n_mfcc = n_mfcc
        self.context = context
        self.hidden = hidden
        self.num_labels = num_labels
        self.use_cache = use_cache


class RingBufferMixin:
    def _init_ring(self, context, feat_dim):
        self.ring = Parameter(Tensor(np.zeros((1, context, feat_dim), np.float32)),
                              name="ring", requires_grad=False)

    def _push(self, frame):
        new = ops.concat((self.ring[:, 1:, :], frame), axis=1)
        ops.assign(self.ring, new)
        return new


class StreamingDNN(nn.Cell, RingBufferMixin):
    def __init__(self, config):
        super().__init__()
        self.use_cache = config.use_cache
        self._init_ring(config.context, config.n_mfcc)
        self.frames_seen = 0
        self.proj = nn.Dense(config.context * config.n_mfcc, config.hidden)
        self.head = nn.Dense(config.hidden, config.num_labels)

    def construct(self, frame):
        if self.use_cache:
            window = self._push(frame)
        else:
            window = ops.tile(frame, (1, self.ring.shape[1], 1))
        self.frames_seen += 1
        h = ops.relu(self.proj(window.reshape(1, -1)))
        return ops.softmax(self.head(h), axis=-1)


def make():
    np.random.seed(3831)
    cfg = StreamConfig()
    frame = Tensor(np.random.randn(1, 1, cfg.n_mfcc).astype(np.float32))
    return StreamingDNN(cfg), (frame,)
