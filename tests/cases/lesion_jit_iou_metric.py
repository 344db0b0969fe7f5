# case: jit function computing IoU, sensitivity and precision of a thresholded lesion prediction -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def lesion_metrics(probs, target, threshold=0.5):
    pred = (probs > threshold).astype(ms.float32)
    tp = (pred * target).sum()
    fp = (pred * (1 - target)).sum()
    fn = ((1 - pred) * target).sum()
    eps = 1e-6
    iou = tp / (tp + fp + fn + eps)
    sens = tp / (tp + fn + eps)
    prec = tp / (tp + fp + eps)
    return ops.stack([iou, sens, prec])


def make():
    np.random.seed(45)
    p = np.random.rand(2, 1, 12, 12).astype(np.float32)
    t = (np.random.rand(2, 1, 12, 12) > 0.6).astype(np.float32)
    return lesion_metrics, (Tensor(p), Tensor(t), 0.4)
