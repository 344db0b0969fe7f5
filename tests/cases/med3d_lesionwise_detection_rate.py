# case: lesion-wise detection rate that loops over lesion ids up to the maximum instance label read from the tensor -> compile error at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LesionwiseSensitivity(nn.Cell):
    def __init__(self, overlap_threshold=0.1, pred_threshold=0.5):
        super().__init__()
        self.overlap_threshold = overlap_threshold
        self.pred_threshold = pred_threshold

    def _overlap(self, lesion, pred_mask):
        return (lesion * pred_mask).sum() / (lesion.sum() + 1e-6)

    def construct(self, prob, instance_labels):
        # prob: (D, H, W) foreground probability, instance_labels: (D, H, W) int32, 0 = background
        pred_mask = (prob > self.pred_threshold).astype(ms.float32)
        num_lesions = int(instance_labels.max())
        detected = ops.zeros((), ms.float32)
        for k in range(1, num_lesions + 1):
            lesion = (instance_labels == k).astype(ms.float32)
            hit = self._overlap(lesion, pred_mask) > self.overlap_threshold
            detected = detected + hit.astype(ms.float32)
        return detected / max(num_lesions, 1)


def make():
    np.random.seed(0)
    inst = np.zeros((6, 8, 8), dtype=np.int32)
    inst[1:3, 1:3, 1:3] = 1
    inst[4:6, 5:7, 5:7] = 2
    prob = np.random.rand(6, 8, 8).astype(np.float32) * 0.4
    prob[1:3, 1:3, 1:3] = 0.9
    return LesionwiseSensitivity(), (Tensor(prob), Tensor(inst))
