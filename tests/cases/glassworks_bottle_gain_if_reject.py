# case: if the reject score of a bottle is high, boost the image contrast for the operator display, else pass it through -> if on a tensor value but both branches keep the shape, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RejectDisplay(nn.Cell):
    def __init__(self, reject_level=0.5, boost=1.8):
        super().__init__()
        self.reject_level = reject_level
        self.boost = boost
        self.flat = nn.Flatten()
        self.fc = nn.Dense(32 * 32, 1)

    def construct(self, bottle_img):
        score = ops.sigmoid(self.fc(self.flat(bottle_img))).mean()
        if score > self.reject_level:
            out = ops.clamp(bottle_img * self.boost, 0.0, 1.0)
        else:
            out = bottle_img
        return out, score


def make():
    np.random.seed(62)
    img = np.random.rand(1, 1, 32, 32).astype(np.float32)
    return RejectDisplay(), (Tensor(img),)
