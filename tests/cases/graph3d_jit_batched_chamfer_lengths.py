# case: @ms.jit chamfer loss over a padded batch, each cloud sliced to its true length from a lengths tensor -> dynamic shape at line 16
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def one_sided(a, b):
    d = ops.cdist(a.expand_dims(0), b.expand_dims(0))[0]
    return d.min(axis=1).mean()


@ms.jit
def chamfer_loss(pred, gt, pred_lengths, gt_lengths):
    total = ops.zeros((), ms.float32)
    for i in range(pred.shape[0]):
        p = pred[i, :pred_lengths[i]]
        g = gt[i, :gt_lengths[i]]
        total = total + one_sided(p, g) + one_sided(g, p)
    return total / pred.shape[0]


def make():
    np.random.seed(37)
    pred = Tensor(np.random.rand(2, 20, 3).astype(np.float32))
    gt = Tensor(np.random.rand(2, 24, 3).astype(np.float32))
    pl = Tensor(np.array([16, 20], dtype=np.int32))
    gl = Tensor(np.array([24, 18], dtype=np.int32))
    return chamfer_loss, (pred, gt, pl, gl)
