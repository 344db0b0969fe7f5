# case: @ms.jit helper averages Brix of fruit passing the firmness test using ops.where with three arguments -> fixed shapes, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

MIN_FIRMNESS_N = 55.0


@ms.jit
def mean_brix_of_firm_fruit(brix, firmness):
    firm = firmness >= MIN_FIRMNESS_N
    kept = ops.where(firm, brix, ops.zeros_like(brix))
    n_firm = firm.astype(ms.float32).sum()
    return kept.sum() / ops.maximum(n_firm, 1.0), n_firm


def make():
    np.random.seed(152)
    brix = Tensor((np.random.rand(32) * 6 + 10).astype(np.float32))
    firmness = Tensor((np.random.rand(32) * 40 + 35).astype(np.float32))
    return mean_brix_of_firm_fruit, (brix, firmness)
