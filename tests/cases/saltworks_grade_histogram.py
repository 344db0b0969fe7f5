# case: classify harvested salt sample images into impurity grades and count samples per grade with one_hot and a sum -> fixed-length histogram, expect a static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ImpurityGrader(nn.Cell):
    def __init__(self, n_grades=5):
        super().__init__()
        self.n_grades = n_grades
        self.features = nn.SequentialCell([
            nn.Conv2d(3, 8, 3, pad_mode="same"),
            nn.ReLU(),
            nn.MaxPool2d(2, 2),
            nn.Conv2d(8, 16, 3, pad_mode="same"),
            nn.ReLU(),
        ])
        self.classifier = nn.Dense(16, n_grades)
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, images):
        f = self.features(images).mean(axis=(2, 3))
        logits = self.classifier(f)
        grades = ops.argmax(logits, dim=1)
        onehot = ops.one_hot(grades, self.n_grades, self.on, self.off)
        histogram = onehot.sum(axis=0)
        share = histogram / images.shape[0]
        return histogram, share


def make():
    np.random.seed(4)
    images = Tensor(np.random.rand(8, 3, 32, 32).astype(np.float32))
    return ImpurityGrader(), (images,)
