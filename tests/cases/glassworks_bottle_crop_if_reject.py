# case: if the reject score of a bottle is high return only the cropped finish region, otherwise the whole image -> if on a tensor value with branches of different shapes, expect Graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FinishInspector(nn.Cell):
    def __init__(self, finish_rows=8, reject_level=0.5):
        super().__init__()
        self.finish_rows = finish_rows
        self.reject_level = reject_level
        self.score_head = nn.SequentialCell([
            nn.Flatten(),
            nn.Dense(32 * 32, 16),
            nn.ReLU(),
            nn.Dense(16, 1),
            nn.Sigmoid(),
        ])

    def construct(self, bottle_img):
        score = self.score_head(bottle_img).mean()
        if score > self.reject_level:
            out = bottle_img[:, :, : self.finish_rows, :]
        else:
            out = bottle_img
        return out * 2.0, score


def make():
    np.random.seed(61)
    img = np.random.rand(1, 1, 32, 32).astype(np.float32)
    return FinishInspector(), (Tensor(img),)
