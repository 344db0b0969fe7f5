# case: adaptive quiz head returns only the 3 easiest-band columns when average mastery is high, else all bands, chosen by an if on a tensor -> error in Graph mode (branches differ in shape)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveQuizHead(nn.Cell):
    def __init__(self, hidden=8, num_bands=5, mastery_level=0.5):
        super().__init__()
        self.band_head = nn.Dense(hidden, num_bands)
        self.mastery_level = mastery_level

    def construct(self, student_state, mastery):
        band_logits = self.band_head(student_state)
        if mastery.mean() > self.mastery_level:
            out = band_logits[:, 2:]
        else:
            out = band_logits
        return ops.softmax(out, axis=-1)


def make():
    np.random.seed(10)
    state = Tensor(np.random.randn(4, 8).astype(np.float32))
    mastery = Tensor(np.random.uniform(0, 1, (4, 6)).astype(np.float32))
    return AdaptiveQuizHead(), (state, mastery)
