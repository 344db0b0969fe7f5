# case: log the top category probability with an f-string of float(tensor) before thresholding -> float() of a tensor and f-string formatting inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CategoryClassifier(nn.Cell):
    def __init__(self, in_dim=12, num_cats=6, threshold=0.4):
        super().__init__()
        self.fc1 = nn.Dense(in_dim, 24, activation="relu")
        self.fc2 = nn.Dense(24, num_cats)
        self.threshold = threshold

    def construct(self, x):
        probs = ops.softmax(self.fc2(self.fc1(x)), axis=-1)
        top_p = float(probs.max())
        print(f"top category prob = {top_p:.3f}")
        accept = top_p >= self.threshold
        cat = probs.argmax(axis=-1)
        return ops.select(Tensor([accept]), cat, ops.full_like(cat, -1))


def make():
    np.random.seed(9)
    x = np.random.randn(1, 12).astype(np.float32)
    return CategoryClassifier(), (Tensor(x),)
