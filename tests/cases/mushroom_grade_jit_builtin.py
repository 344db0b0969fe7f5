# case: jit-compiled grading step that rounds the mean cap diameter with Python float()/round() to pick a size class -> builtins on tensor values in a jit function
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

GRADE_EDGES_MM = (30.0, 45.0, 60.0)


@ms.jit
def grade_punnet(diam_mm, weight_g):
    mean_d = round(float(diam_mm.mean()))
    grade = 0
    for edge in GRADE_EDGES_MM:
        if mean_d > edge:
            grade = grade + 1
    price_per_kg = ops.stack([Tensor(4.0), Tensor(5.5), Tensor(7.0), Tensor(8.5)])
    return price_per_kg[grade] * weight_g.sum() / 1000.0


def make():
    np.random.seed(333)
    diam = Tensor(np.random.uniform(25, 65, size=(12,)).astype(np.float32))
    weight = Tensor(np.random.uniform(15, 40, size=(12,)).astype(np.float32))
    return grade_punnet, (diam, weight)
