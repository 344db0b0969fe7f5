# case: utterance-level decoder takes the per-frame argmax labels and, with the dedup flag on by default, reduces them to the distinct keywords spoken via ops.unique -> result length depends on data, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from dataclasses import dataclass


@dataclass
class DecoderConfig:
    num_labels: int = 12
    blank_id: int = 0
    dedup_labels: bool = True
    return_dict: bool = False


class FrameDecoder(nn.Cell):
    def __init__(self, config: DecoderConfig):
        super().__init__()
        self.blank_id = config.blank_id
        self.dedup_labels = config.dedup_labels
        self.return_dict = config.return_dict
        self.classifier = nn.Dense(40, config.num_labels)

    def _labels(self, feats):
        logits = self.classifier(feats)
        return ops.argmax(logits, dim=-1)

    def construct(self, feats):
        labels = self._labels(feats).reshape(-1)
        if self.dedup_labels:
            labels, _ = ops.unique(labels)
        return labels


def make():
    np.random.seed(3835)
    feats = Tensor(np.random.randn(1, 49, 40).astype(np.float32))
    return FrameDecoder(DecoderConfig()), (feats,)
