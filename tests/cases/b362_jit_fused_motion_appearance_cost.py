# case: @ms.jit function fuses IoU cost and cosine re-ID cost with a lambda weight from a module constant, gating via three-arg where -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

LAMBDA_APPEARANCE = 0.98
GATE_COST = 1e5


def _iou(a, b):
    lt = ops.maximum(a[:, None, :2], b[None, :, :2])
    rb = ops.minimum(a[:, None, 2:], b[None, :, 2:])
    wh = (rb - lt).clip(0)
    inter = wh[..., 0] * wh[..., 1]
    area_a = (a[:, 2] - a[:, 0]) * (a[:, 3] - a[:, 1])
    area_b = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    return inter / (area_a[:, None] + area_b[None, :] - inter + 1e-6)


@ms.jit
def fused_cost(track_boxes, det_boxes, track_emb, det_emb, motion_gate):
    t = track_emb / ops.norm(track_emb, dim=-1, keepdim=True)
    d = det_emb / ops.norm(det_emb, dim=-1, keepdim=True)
    emb_cost = (1.0 - ops.matmul(t, d.T)).clip(0.0, 2.0)
    iou_cost = 1.0 - _iou(track_boxes, det_boxes)
    cost = LAMBDA_APPEARANCE * emb_cost + (1 - LAMBDA_APPEARANCE) * iou_cost
    return ops.where(motion_gate, ops.full_like(cost, GATE_COST), cost)


def make():
    np.random.seed(231)
    xy = np.random.rand(4, 2).astype(np.float32) * 50
    tb = np.concatenate([xy, xy + 20], 1)
    db = np.concatenate([tb, tb[:1] + 5], 0)
    te = np.random.randn(4, 8).astype(np.float32)
    de = np.random.randn(5, 8).astype(np.float32)
    gate = np.random.rand(4, 5) > 0.8
    return fused_cost, (Tensor(tb), Tensor(db), Tensor(te), Tensor(de), Tensor(gate))
