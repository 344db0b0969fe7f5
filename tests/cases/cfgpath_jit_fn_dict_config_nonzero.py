# case: jit-compiled post-processing reads a module config dict and gathers positive detections via nonzero -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

POSTPROCESS_CFG = {"score_thresh": 0.5, "apply_sigmoid": True, "keep_all": False}


def _activate(logits, apply_sigmoid):
    return ops.sigmoid(logits) if apply_sigmoid else logits


@ms.jit
def postprocess(logits, boxes):
    scores = _activate(logits, POSTPROCESS_CFG["apply_sigmoid"])
    if POSTPROCESS_CFG["keep_all"]:
        return scores, boxes
    keep = ops.nonzero(scores > POSTPROCESS_CFG["score_thresh"]).squeeze(-1)
    return ops.gather(scores, keep, 0), ops.gather(boxes, keep, 0)


def make():
    np.random.seed(21)
    logits = Tensor(np.array([2.0, -1.0, 0.5, -3.0, 1.2], dtype=np.float32))
    boxes = Tensor(np.random.rand(5, 4).astype(np.float32))
    return postprocess, (logits, boxes)
