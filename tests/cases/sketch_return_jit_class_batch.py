# case: collate cell packs padded strokes, mask and lengths into a @jit_class StrokeBatch object and returns it -> compile error at line 35
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class StrokeBatch:
    def __init__(self, strokes, mask, lengths):
        self.strokes = strokes
        self.mask = mask
        self.lengths = lengths

    def masked(self):
        return self.strokes * self.mask.expand_dims(-1)


class StrokeCollator(nn.Cell):
    """Normalise a padded stroke-5 batch and wrap it with its mask."""

    def __init__(self, scale=0.2, pad_value=0.0):
        super().__init__()
        self.scale = scale
        self.pad_value = pad_value

    def make_mask(self, lengths, max_len):
        steps = ops.arange(max_len).expand_dims(0)
        return (steps < lengths.expand_dims(-1)).astype(ms.float32)

    def construct(self, strokes, lengths):
        mask = self.make_mask(lengths, strokes.shape[1])
        xy = strokes[..., :2] * self.scale
        normed = ops.concat((xy, strokes[..., 2:]), axis=-1)
        batch = StrokeBatch(normed, mask, lengths)
        return batch


def make():
    np.random.seed(18)
    strokes = Tensor(np.random.randn(2, 6, 5).astype(np.float32))
    lengths = Tensor(np.array([6, 4], np.int32))
    return StrokeCollator(), (strokes, lengths)
