# case: @ms.jit helper pulls out Brix readings of fruit passing the firmness test with ops.masked_select and averages them -> masked_select output size from data, Graph mode should go dynamic or reject
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

MIN_FIRMNESS_N = 55.0


@ms.jit
def mean_brix_of_firm_fruit(brix, firmness):
    firm = firmness >= MIN_FIRMNESS_N
    selected = ops.masked_select(brix, firm)
    return selected.mean(), selected.shape[0]


def make():
    np.random.seed(151)
    brix = Tensor((np.random.rand(32) * 6 + 10).astype(np.float32))
    firmness = Tensor((np.random.rand(32) * 40 + 35).astype(np.float32))
    return mean_brix_of_firm_fruit, (brix, firmness)
