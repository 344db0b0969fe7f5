# case: jitted flow metric that prints a formatted EPE summary when verbose (default on) -> compile error at line 20
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

VERBOSE = True


def _epe_map(pred, gt):
    return ops.sqrt(((pred - gt) ** 2).sum(axis=1))


@ms.jit
def flow_metrics(pred, gt, valid):
    epe = _epe_map(pred, gt)
    w = valid.astype(ms.float32)
    mean_epe = (epe * w).sum() / ops.maximum(w.sum(), 1.0)
    px1 = ((epe < 1.0).astype(ms.float32) * w).sum() / ops.maximum(w.sum(), 1.0)
    if VERBOSE:
        print(f"EPE {mean_epe.item():.3f}  1px {px1.item():.3f}")
    return mean_epe, px1


def make():
    np.random.seed(11)
    pred = Tensor(np.random.randn(2, 2, 6, 6).astype(np.float32))
    gt = Tensor(np.random.randn(2, 2, 6, 6).astype(np.float32))
    valid = Tensor(np.random.rand(2, 6, 6) > 0.2)
    return flow_metrics, (pred, gt, valid)
