# case: @ms.jit chamfer + normal-consistency loss on a padded batch with validity masks applied through where -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

BIG = 1e6


def masked_nn(a, b, b_mask):
    d = ops.cdist(a, b)                                          # (B, Na, Nb)
    d = ops.where(b_mask.expand_dims(1), d, ops.full_like(d, BIG))
    return d.min(axis=-1), d.argmin(axis=-1)


@ms.jit
def chamfer_with_normals(pred, gt, pred_n, gt_n, pred_mask, gt_mask, w_normal=0.1):
    d_pg, idx_pg = masked_nn(pred, gt, gt_mask)
    d_gp, _ = masked_nn(gt, pred, pred_mask)
    pm, gm = pred_mask.astype(ms.float32), gt_mask.astype(ms.float32)
    cham = (d_pg * pm).sum(-1) / pm.sum(-1) + (d_gp * gm).sum(-1) / gm.sum(-1)
    nn_normals = ops.gather_elements(gt_n, 1, ops.tile(idx_pg.expand_dims(-1), (1, 1, 3)))
    cos = ops.abs((pred_n * nn_normals).sum(-1))
    normal_loss = ((1.0 - cos) * pm).sum(-1) / pm.sum(-1)
    return (cham + w_normal * normal_loss).mean()


def make():
    np.random.seed(38)
    pred = Tensor(np.random.rand(2, 16, 3).astype(np.float32))
    gt = Tensor(np.random.rand(2, 20, 3).astype(np.float32))
    pn = np.random.randn(2, 16, 3).astype(np.float32)
    gn = np.random.randn(2, 20, 3).astype(np.float32)
    pn /= np.linalg.norm(pn, axis=-1, keepdims=True)
    gn /= np.linalg.norm(gn, axis=-1, keepdims=True)
    pmask = Tensor(np.arange(16)[None, :] < np.array([[12], [16]]))
    gmask = Tensor(np.arange(20)[None, :] < np.array([[20], [15]]))
    return chamfer_with_normals, (pred, gt, Tensor(pn), Tensor(gn), pmask, gmask)
