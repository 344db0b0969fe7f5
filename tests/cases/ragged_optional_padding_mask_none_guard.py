# case: attention pooling whose padding mask is optional (None default, isinstance guard) and built from shapes when absent -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttentivePooling(nn.Cell):
    """Additive-attention pooling over a padded sequence with an optional key padding mask."""

    def __init__(self, dim=5, hidden=8):
        super().__init__()
        self.score = nn.SequentialCell([nn.Dense(dim, hidden), nn.Tanh(), nn.Dense(hidden, 1)])

    def prepare_mask(self, x, pad_mask):
        if pad_mask is None:
            return ops.zeros(x.shape[:2], ms.bool_)
        if isinstance(pad_mask, Tensor) and pad_mask.dtype != ms.bool_:
            return pad_mask > 0
        return pad_mask

    def construct(self, x, pad_mask=None):
        mask = self.prepare_mask(x, pad_mask)
        logits = self.score(x).squeeze(-1)
        logits = ops.masked_fill(logits, mask, -1e9)
        w = ops.softmax(logits, -1).expand_dims(-1)
        return (w * x).sum(axis=1)


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(2, 6, 5).astype(np.float32))
    pad = np.zeros((2, 6), dtype=np.int32)
    pad[1, 3:] = 1
    return AttentivePooling(), (x, Tensor(pad))
