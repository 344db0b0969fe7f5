# case: fuel-load histogram allocates ops.zeros with a length int(max_class)+1 read from the class tensor inside a jit function -> error or dynamic (shape from tensor value)
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def fuel_histogram(fuel_class, load_t_ha):
    """Share of total fuel load (t/ha) per observed fuel class."""
    n_bins = int(fuel_class.max()) + 1
    totals = ops.zeros((n_bins,), ms.float32)
    totals = ops.tensor_scatter_add(totals, fuel_class.expand_dims(1), load_t_ha)
    return totals / (totals.sum() + 1e-6)


def make():
    np.random.seed(20)
    cls = Tensor(np.random.randint(0, 5, (24,)).astype(np.int32))
    load = Tensor(np.random.uniform(0, 20, (24,)).astype(np.float32))
    return fuel_histogram, (cls, load)
