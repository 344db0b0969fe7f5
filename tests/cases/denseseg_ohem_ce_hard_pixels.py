# case: OHEM cross-entropy for segmentation keeps pixels whose loss exceeds the min_kept-th largest loss via boolean mask -> dynamic shape at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OhemCrossEntropy(nn.Cell):
    def __init__(self, ignore_index=255, thresh=0.7, min_kept=32):
        super().__init__()
        self.ignore_index = ignore_index
        self.thresh = thresh
        self.min_kept = min_kept
        self.ce = nn.CrossEntropyLoss(ignore_index=ignore_index, reduction="none")

    def _threshold(self, pixel_losses):
        sorted_losses, _ = ops.sort(pixel_losses, descending=True)
        kth = sorted_losses[min(self.min_kept, pixel_losses.shape[0] - 1)]
        return ops.maximum(kth, -ops.log(Tensor(self.thresh, ms.float32)))

    def construct(self, logits, labels):
        pixel_losses = self.ce(logits, labels).reshape(-1)
        thr = self._threshold(pixel_losses)
        hard = pixel_losses[pixel_losses >= thr]
        return hard.mean()


class OhemSegTrainer(nn.Cell):
    def __init__(self, num_classes=4):
        super().__init__()
        self.net = nn.SequentialCell([nn.Conv2d(3, 8, 3, pad_mode="same"), nn.ReLU(), nn.Conv2d(8, num_classes, 1)])
        self.criterion = OhemCrossEntropy()

    def construct(self, img, labels):
        return self.criterion(self.net(img), labels)


def make():
    np.random.seed(40)
    img = Tensor(np.random.rand(2, 3, 8, 8).astype(np.float32))
    lab = np.random.randint(0, 4, size=(2, 8, 8)).astype(np.int32)
    return OhemSegTrainer(), (img, Tensor(lab))
