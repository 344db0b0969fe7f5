# case: @ms.jit post-processing drops tracks whose box area is under min_box_area or are too vertical, using boolean-mask row indexing -> dynamic
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

MIN_BOX_AREA = 100.0
ASPECT_RATIO_THRESH = 1.6


def tlwh_valid(tlwh):
    area_ok = tlwh[:, 2] * tlwh[:, 3] > MIN_BOX_AREA
    vertical = tlwh[:, 2] / tlwh[:, 3] > ASPECT_RATIO_THRESH
    return ops.logical_and(area_ok, ops.logical_not(vertical))


@ms.jit
def postprocess_online_targets(tlwh, track_ids, scores):
    keep = tlwh_valid(tlwh)
    online_tlwh = tlwh[keep]
    online_ids = track_ids[keep]
    online_scores = scores[keep]
    return online_tlwh, online_ids, online_scores


def make():
    np.random.seed(232)
    tl = np.random.rand(8, 2) * 200
    wh = np.random.rand(8, 2) * np.array([30, 60]) + 3
    tlwh = np.concatenate([tl, wh], 1).astype(np.float32)
    ids = np.arange(1, 9, dtype=np.int32)
    scores = np.random.rand(8).astype(np.float32)
    return postprocess_online_targets, (Tensor(tlwh), Tensor(ids), Tensor(scores))
