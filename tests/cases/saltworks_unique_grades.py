# case: classify harvested salt sample images into impurity grades and report which distinct grades appear in the batch via ops.unique -> data-dependent output length, expect dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ImpurityGrader(nn.Cell):
    def __init__(self, n_grades=5):
        super().__init__()
        self.features = nn.SequentialCell([
            nn.Conv2d(3, 8, 3, pad_mode="same"),
            nn.ReLU(),
            nn.MaxPool2d(2, 2),
            nn.Conv2d(8, 16, 3, pad_mode="same"),
            nn.ReLU(),
        ])
        self.pool = ops.ReduceMean(keep_dims=False)
        self.classifier = nn.Dense(16, n_grades)

    def construct(self, images):
        f = self.pool(self.features(images), (2, 3))
        logits = self.classifier(f)
        grades = ops.argmax(logits, dim=1)
        present, per_sample = ops.unique(grades)
        return present, per_sample


def make():
    np.random.seed(4)
    images = Tensor(np.random.rand(8, 3, 32, 32).astype(np.float32))
    return ImpurityGrader(), (images,)
