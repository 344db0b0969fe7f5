# case: ms.jit function that pulls the areas of defect blobs flagged as holes via boolean indexing and averages them -> dynamic shape from bool mask indexing in a jit function
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

HOLE_CLASS = 2


@ms.jit
def mean_hole_area(areas, classes):
    holes = areas[classes == HOLE_CLASS]
    total = holes.sum()
    count = ops.maximum(ops.cast(holes.shape[0], ms.float32), 1.0)
    return total / count


def make():
    np.random.seed(23)
    areas = Tensor((np.random.rand(14) * 40.0).astype(np.float32))
    classes = Tensor(np.random.randint(0, 4, size=14).astype(np.int32))
    return mean_hole_area, (areas, classes)
