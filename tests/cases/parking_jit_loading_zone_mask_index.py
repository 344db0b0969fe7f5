# case: ms.jit function keeps only dwell times of vehicles in loading zones via boolean mask indexing -> dynamic shape in jit function
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def loading_zone_dwell(dwell_min, zone_type, loading_code):
    in_loading = zone_type == loading_code
    loading_dwell = dwell_min[in_loading]
    over = (loading_dwell > 15.0).astype(ms.float32)
    return loading_dwell, over.mean()


def make():
    np.random.seed(28)
    dwell = Tensor(np.random.uniform(1, 40, 20).astype(np.float32))
    zone = Tensor(np.random.randint(0, 3, 20).astype(np.int32))
    return loading_zone_dwell, (dwell, zone, 2)
