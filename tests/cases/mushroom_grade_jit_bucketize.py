# case: jit-compiled grading step that bins each cap diameter against fixed size edges by comparison sums and prices the punnet -> tensor ops only, static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

GRADE_EDGES_MM = (30.0, 45.0, 60.0)
PRICE_PER_KG = (4.0, 5.5, 7.0, 8.5)


@ms.jit
def grade_punnet(diam_mm, weight_g):
    grade = ops.zeros(diam_mm.shape, ms.int32)
    for edge in GRADE_EDGES_MM:
        grade = grade + (diam_mm > edge).astype(ms.int32)
    prices = Tensor(np.array(PRICE_PER_KG, np.float32))
    per_cap = ops.gather(prices, grade, 0) * weight_g / 1000.0
    n = diam_mm.shape[0]
    return per_cap.sum(), per_cap.reshape(n, 1)


def make():
    np.random.seed(334)
    diam = Tensor(np.random.uniform(25, 65, size=(12,)).astype(np.float32))
    weight = Tensor(np.random.uniform(15, 40, size=(12,)).astype(np.float32))
    return grade_punnet, (diam, weight)
