# case: video classifier returns a small ClipClassifierOutput object (plain Python class) when config.use_return_dict is set -> plain class instantiated in construct, likely rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClipClassifierOutput:
    def __init__(self, logits, pooled=None, loss=None):
        self.logits = logits
        self.pooled = pooled
        self.loss = loss


class VideoClsConfig:
    def __init__(self, hidden=16, num_classes=5, use_return_dict=True):
        self.hidden = hidden
        self.num_classes = num_classes
        self.use_return_dict = use_return_dict


class VideoClassifier(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.backbone = nn.Conv3d(3, config.hidden, (2, 4, 4), stride=(2, 4, 4), pad_mode="valid")
        self.head = nn.Dense(config.hidden, config.num_classes)
        self.loss_fn = nn.CrossEntropyLoss()
        self.use_return_dict = config.use_return_dict

    def construct(self, video, labels=None, return_dict=None):
        return_dict = return_dict if return_dict is not None else self.use_return_dict
        pooled = self.backbone(video).mean(axis=(2, 3, 4))
        logits = self.head(pooled)
        loss = self.loss_fn(logits, labels) if labels is not None else None
        if not return_dict:
            output = (logits, pooled)
            return ((loss,) + output) if loss is not None else output
        return ClipClassifierOutput(logits=logits, pooled=pooled, loss=loss)


def make():
    np.random.seed(112)
    video = Tensor(np.random.rand(2, 3, 4, 16, 16).astype(np.float32))
    labels = Tensor(np.array([1, 3], dtype=np.int32))
    return VideoClassifier(VideoClsConfig()), (video, labels)
