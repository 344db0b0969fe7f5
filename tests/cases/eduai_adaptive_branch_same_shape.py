# case: adaptive quiz head shifts band logits up or down via an if on average mastery, both branches keep the same shape -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveShiftHead(nn.Cell):
    def __init__(self, hidden=8, num_bands=5, mastery_level=0.5, shift=0.8):
        super().__init__()
        self.band_head = nn.Dense(hidden, num_bands)
        self.mastery_level = mastery_level
        self.harder = Tensor(np.linspace(-shift, shift, num_bands).astype(np.float32))

    def construct(self, student_state, mastery):
        band_logits = self.band_head(student_state)
        if mastery.mean() > self.mastery_level:
            band_logits = band_logits + self.harder
        else:
            band_logits = band_logits - self.harder
        return ops.softmax(band_logits, axis=-1)


def make():
    np.random.seed(11)
    state = Tensor(np.random.randn(4, 8).astype(np.float32))
    mastery = Tensor(np.random.uniform(0, 1, (4, 6)).astype(np.float32))
    return AdaptiveShiftHead(), (state, mastery)
