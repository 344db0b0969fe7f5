# case: forward-fill of missing samples via cummax over last-valid indices and gather_elements -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ForwardFill(nn.Cell):
    def __init__(self, leading_fill=0.0, return_mask=True):
        super().__init__()
        self.leading_fill = leading_fill
        self.return_mask = return_mask

    def _last_valid_index(self, valid):
        steps = valid.shape[-1]
        idx = ops.arange(0, steps, dtype=ms.int32).reshape(1, steps)
        idx = ops.broadcast_to(idx, valid.shape)
        marked = ops.where(valid, idx, ops.zeros_like(idx))
        last, _ = ops.cummax(marked, axis=-1)
        return last

    def construct(self, x, valid):
        # x: (sensors, time) float, valid: (sensors, time) bool
        last = self._last_valid_index(valid)
        filled = ops.gather_elements(x, 1, last)
        seen = ops.cumsum(valid.astype(ms.int32), -1) > 0
        filled = ops.where(seen, filled, ops.full_like(filled, self.leading_fill))
        if self.return_mask:
            return filled, seen
        return filled


def make():
    np.random.seed(3)
    x = np.random.randn(3, 12).astype(np.float32)
    valid = np.random.rand(3, 12) > 0.3
    return ForwardFill(), (Tensor(x), Tensor(valid))
