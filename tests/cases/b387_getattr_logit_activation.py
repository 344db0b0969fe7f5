# case: mask head picks sigmoid or softmax-over-objects output from getattr(self, "use_sigmoid", False) and config defaults, with a kwargs-forwarding wrapper -> attribute lookups resolved at compile time; expected to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeadConfig:
    def __init__(self, hidden_dim=8, num_objects=2, temperature=1.0, **kwargs):
        self.hidden_dim = hidden_dim
        self.num_objects = num_objects
        self.temperature = temperature
        for k, v in kwargs.items():
            setattr(self, k, v)


class ObjectMaskHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.temperature = config.temperature
        if hasattr(config, "use_sigmoid"):
            self.use_sigmoid = config.use_sigmoid
        self.pred = nn.Conv2d(config.hidden_dim, 1, 3, pad_mode="same", has_bias=True)

    def _activate(self, logits):
        if getattr(self, "use_sigmoid", False):
            return ops.sigmoid(logits)
        bg = ops.zeros_like(logits[:1])
        return ops.softmax(ops.concat((bg, logits), axis=0) / self.temperature, axis=0)[1:]

    def construct(self, hidden, **kwargs):
        logits = self.pred(hidden).squeeze(1)
        return self._activate(logits)


class HeadWrapper(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.head = ObjectMaskHead(config)

    def construct(self, *args, **kwargs):
        return self.head(*args, **kwargs)


def make():
    np.random.seed(3905)
    hidden = Tensor(np.random.randn(2, 8, 8, 8).astype(np.float32))
    return HeadWrapper(HeadConfig()), (hidden,)
