# case: stroke encoder has a debug path that dumps activations with .asnumpy() and np.save-style host code, guarded by config.debug which defaults to False -> host code in a never-taken constant branch, expect Graph mode to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DebugConfig:
    def __init__(self, point_dim=3, hidden_size=16, num_layers=2, debug=False):
        self.point_dim = point_dim
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.debug = debug


class DebuggableInkEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.input_proj = nn.Dense(config.point_dim, config.hidden_size)
        self.layers = nn.CellList([nn.Dense(config.hidden_size, config.hidden_size, activation="tanh")
                                   for _ in range(config.num_layers)])
        self.debug = config.debug

    def _dump(self, name, t):
        arr = t.asnumpy()
        print(name, arr.shape, float(np.abs(arr).max()))

    def construct(self, ink, pad_mask):
        h = self.input_proj(ink)
        for idx, layer in enumerate(self.layers):
            h = layer(h) * pad_mask.expand_dims(-1)
            if self.debug:
                self._dump("layer_%d" % idx, h)
        return h


def make():
    np.random.seed(3740)
    ink = Tensor(np.random.randn(2, 17, 3).astype(np.float32))
    mask = np.ones((2, 17), dtype=np.float32)
    mask[1, 11:] = 0
    return DebuggableInkEncoder(DebugConfig()), (ink, Tensor(mask))
