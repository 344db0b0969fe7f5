# case: Maskell-style blockage correction of measured drag and lift coefficients in an ms.jit function using module-level constants and tensor ops only -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MODEL_AREA = 0.018
TEST_SECTION_AREA = 0.72
MASKELL_THETA = 2.5


@ms.jit
def maskell_correction(cd_measured, cl_measured, cd0):
    area_ratio = MODEL_AREA / TEST_SECTION_AREA
    cd_sep = ops.relu(cd_measured - cd0)
    q_ratio = 1.0 + MASKELL_THETA * area_ratio * cd_sep
    cd_corr = cd_measured / q_ratio
    cl_corr = cl_measured / q_ratio
    return ops.stack((cd_corr, cl_corr), axis=-1)


def make():
    np.random.seed(182)
    cd = (0.32 + 0.01 * np.random.randn(12)).astype(np.float32)
    cl = (0.9 + 0.05 * np.random.randn(12)).astype(np.float32)
    return maskell_correction, (Tensor(cd), Tensor(cl), Tensor(np.float32(0.02)))
