# case: ink decoder converts predicted pen offsets back to absolute coordinates with np.cumsum inside construct (config.absolute_coords defaults to True) -> NumPy applied to a tensor in construct, expect Graph mode to refuse or fall back
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OffsetHeadConfig:
    def __init__(self, hidden_size=16, absolute_coords=True, return_dict=False):
        self.hidden_size = hidden_size
        self.absolute_coords = absolute_coords
        self.return_dict = return_dict


class OffsetHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.offset_proj = nn.Dense(config.hidden_size, 2)
        self.pen_proj = nn.Dense(config.hidden_size, 3)
        self.absolute_coords = config.absolute_coords

    def _to_absolute(self, offsets):
        return Tensor(np.cumsum(offsets, axis=1))

    def construct(self, hidden, origin=None):
        offsets = self.offset_proj(hidden)
        pen_logits = self.pen_proj(hidden)
        coords = self._to_absolute(offsets) if self.absolute_coords else offsets
        if origin is not None:
            coords = coords + origin.expand_dims(1)
        return coords, ops.softmax(pen_logits, axis=-1)


def make():
    np.random.seed(3718)
    hidden = Tensor(np.random.randn(2, 15, 16).astype(np.float32))
    return OffsetHead(OffsetHeadConfig()), (hidden,)
