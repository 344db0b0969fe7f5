# case: resamples a pen trajectory by repeating slow points a data-dependent number of times (repeat_interleave) -> dynamic shape at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpeedResampler(nn.Cell):
    """Densify slow parts of an online-handwriting trajectory."""

    def __init__(self, max_repeat=3, ref_speed=0.5):
        super().__init__()
        self.max_repeat = max_repeat
        self.ref_speed = ref_speed
        self.proj = nn.Dense(3, 4)

    def repeat_counts(self, strokes):
        speed = ops.sqrt((strokes[:, :2] ** 2).sum(axis=-1))
        reps = ops.ceil(self.ref_speed / (speed + 1e-3))
        return ops.clamp(reps, 1, self.max_repeat).astype(ms.int32)

    def construct(self, strokes):
        counts = self.repeat_counts(strokes)
        dense = ops.repeat_interleave(strokes, counts, axis=0)
        return self.proj(dense)


def make():
    np.random.seed(16)
    strokes = np.random.randn(8, 3).astype(np.float32)
    strokes[:, 2] = 0.0
    return SpeedResampler(), (Tensor(strokes),)
