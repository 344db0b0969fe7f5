# case: RoI head logs the number of positive proposals with an f-string built from a tensor value when config.debug is on (the default in this config) -> f-string over a tensor in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RoIHeadConfig:
    def __init__(self, in_dim=32, num_classes=4, debug=True):
        self.in_dim = in_dim
        self.num_classes = num_classes
        self.debug = debug


class SharedFCBBoxHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.debug = config.debug
        self.shared_fc = nn.Dense(config.in_dim, config.in_dim, activation="relu")
        self.fc_cls = nn.Dense(config.in_dim, config.num_classes + 1)
        self.fc_reg = nn.Dense(config.in_dim, 4 * config.num_classes)

    def _log(self, labels):
        num_pos = (labels > 0).sum()
        msg = f"[SharedFCBBoxHead] num_pos={num_pos.asnumpy()}"
        return msg

    def construct(self, roi_feats, labels):
        x = self.shared_fc(roi_feats)
        cls_score = self.fc_cls(x)
        bbox_pred = self.fc_reg(x)
        if self.debug:
            msg = self._log(labels)
            print(msg)
        return cls_score, bbox_pred


def make():
    np.random.seed(3369)
    feats = Tensor(np.random.randn(16, 32).astype(np.float32))
    labels = Tensor(np.random.randint(0, 5, size=(16,)).astype(np.int32))
    return SharedFCBBoxHead(RoIHeadConfig()), (feats, labels)
