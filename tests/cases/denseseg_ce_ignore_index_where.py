# case: seg loss with ignore_index handled by where-masking and normalizing by valid count -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IgnoreIndexCE(nn.Cell):
    def __init__(self, ignore_index=255, loss_weight=1.0):
        super().__init__()
        self.ignore_index = ignore_index
        self.loss_weight = loss_weight
        self.log_softmax = nn.LogSoftmax(axis=1)

    def construct(self, logits, labels):
        valid = labels != self.ignore_index
        safe_labels = ops.where(valid, labels, ops.zeros_like(labels))
        logp = self.log_softmax(logits)
        picked = ops.gather_elements(logp, 1, safe_labels.expand_dims(1)).squeeze(1)
        validf = valid.astype(ms.float32)
        denom = ops.maximum(validf.sum(), ops.ones((), ms.float32))
        return -self.loss_weight * (picked * validf).sum() / denom


class Segmenter(nn.Cell):
    def __init__(self, in_ch=3, num_classes=4, ignore_index=255):
        super().__init__()
        self.backbone = nn.SequentialCell([
            nn.Conv2d(in_ch, 16, 3, stride=2, pad_mode="pad", padding=1), nn.BatchNorm2d(16), nn.ReLU(),
        ])
        self.classifier = nn.Conv2d(16, num_classes, 1)
        self.loss = IgnoreIndexCE(ignore_index)

    def construct(self, image, labels):
        logits = self.classifier(self.backbone(image))
        logits = ops.interpolate(logits, size=image.shape[2:], mode="bilinear", align_corners=False)
        return self.loss(logits, labels)


def make():
    np.random.seed(1)
    img = Tensor(np.random.randn(2, 3, 16, 16).astype(np.float32))
    lab = np.random.randint(0, 4, size=(2, 16, 16)).astype(np.int32)
    lab[0, 0:4, 0:4] = 255
    return Segmenter(), (img, Tensor(lab))
