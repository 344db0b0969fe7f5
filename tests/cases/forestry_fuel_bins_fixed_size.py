# case: fuel-load histogram allocates a fixed number of fuel-model bins from a module constant inside a jit function -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

N_FUEL_MODELS = 13


@ms.jit
def fuel_histogram(fuel_class, load_t_ha):
    totals = ops.zeros((N_FUEL_MODELS,), ms.float32)
    totals = ops.tensor_scatter_add(totals, fuel_class.expand_dims(1), load_t_ha)
    counts = ops.tensor_scatter_add(ops.zeros((N_FUEL_MODELS,), ms.float32),
                                    fuel_class.expand_dims(1), ops.ones_like(load_t_ha))
    mean_load = totals / ops.maximum(counts, Tensor(1.0, ms.float32))
    return totals / (totals.sum() + 1e-6), mean_load


def make():
    np.random.seed(20)
    cls = Tensor(np.random.randint(0, 5, (24,)).astype(np.int32))
    load = Tensor(np.random.uniform(0, 20, (24,)).astype(np.float32))
    return fuel_histogram, (cls, load)
