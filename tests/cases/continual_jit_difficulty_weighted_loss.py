# case: @ms.jit self-paced learning loss: difficulty weights from a clipped schedule of the step tensor -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

LAMBDA_START = 0.5
LAMBDA_GROWTH = 1.05


def self_paced_threshold(step):
    lam = LAMBDA_START * ops.pow(Tensor(LAMBDA_GROWTH, ms.float32), step.astype(ms.float32))
    return ops.clip(lam, 0.0, 10.0)


@ms.jit
def self_paced_loss(per_sample_loss, step):
    lam = self_paced_threshold(step)
    # soft (linear) self-paced regulariser: weight decreases with loss
    weights = ops.clip(1.0 - per_sample_loss / lam, 0.0, 1.0)
    weights = ops.stop_gradient(weights)
    return (weights * per_sample_loss).sum() / ops.maximum(weights.sum(), 1e-6)


def make():
    np.random.seed(0)
    losses = Tensor(np.abs(np.random.randn(10)).astype(np.float32))
    return self_paced_loss, (losses, Tensor(7, ms.int32))
