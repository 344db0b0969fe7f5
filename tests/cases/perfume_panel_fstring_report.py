# case: panel aggregation builds an f-string report with the winning odorant's mean score and prints it -> f-string formatting of a tensor value in construct, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PanelReport(nn.Cell):
    def __init__(self, odorants=("linalool", "vanillin", "iso e super", "hedione", "ambroxan", "galaxolide")):
        super().__init__()
        self.odorants = odorants

    def construct(self, ratings):
        means = ratings.mean(axis=0)
        best = ops.argmax(means)
        best_score = means.max()
        msg = f"winner index {best} scored {best_score}"
        print(msg)
        return means, best


def make():
    np.random.seed(141)
    ratings = np.random.randint(1, 10, size=(11, 6)).astype(np.float32)
    return PanelReport(), (Tensor(ratings),)
