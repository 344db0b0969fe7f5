# case: sorts pixel probabilities and slices the first n where n is the predicted lesion pixel count tensor -> dynamic slice / graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopLesionConfidence(nn.Cell):
    def __init__(self, threshold=0.5):
        super().__init__()
        self.threshold = threshold
        self.sort = ops.Sort(descending=True)

    def construct(self, probs):
        flat = probs.reshape(-1)
        n = (flat > self.threshold).astype(ms.int32).sum()
        ordered, _ = self.sort(flat)
        top = ordered[:n]
        return top.mean()


def make():
    np.random.seed(23)
    p = np.random.rand(1, 1, 10, 10).astype(np.float32)
    return TopLesionConfidence(), (Tensor(p),)
