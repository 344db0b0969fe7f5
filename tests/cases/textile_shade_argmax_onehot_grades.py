# case: classify dye-lot shade into fixed grade classes with a small MLP, then one-hot the argmax with a constant depth and tally per grade -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShadeClassifier(nn.Cell):
    def __init__(self, num_grades=5, hidden=12):
        super().__init__()
        self.num_grades = num_grades
        self.mlp = nn.SequentialCell([nn.Dense(6, hidden), nn.ReLU(), nn.Dense(hidden, num_grades)])
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, lab, ref):
        x = ops.concat((lab, lab - ref), axis=1)
        logits = self.mlp(x)
        grade = ops.argmax(logits, dim=1)
        onehot = ops.one_hot(grade, self.num_grades, self.on, self.off)
        tally = onehot.sum(axis=0)
        return grade, tally


def make():
    np.random.seed(44)
    ref = np.tile(np.array([[60.0, 2.0, 15.0]], dtype=np.float32), (8, 1))
    lab = ref + np.random.randn(8, 3).astype(np.float32)
    return ShadeClassifier(), (Tensor(lab), Tensor(ref))
