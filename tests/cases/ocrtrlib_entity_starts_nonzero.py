# case: BIO post-processing finds entity start positions with ops.nonzero on B-tag predictions and gathers their box coordinates -> ops.nonzero, data-dependent shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

B_TAG_IDS = (1, 3, 5)


class BIOConfig:
    def __init__(self, hidden_size=32, num_labels=7, b_tag_ids=B_TAG_IDS):
        self.hidden_size = hidden_size
        self.num_labels = num_labels
        self.b_tag_ids = b_tag_ids


class EntitySpanExtractor(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.classifier = nn.Dense(config.hidden_size, config.num_labels)
        self.b_tag_ids = config.b_tag_ids

    def _is_begin(self, preds):
        flags = [preds == t for t in self.b_tag_ids]
        out = flags[0]
        for f in flags[1:]:
            out = ops.logical_or(out, f)
        return out

    def construct(self, sequence_output, bbox):
        preds = self.classifier(sequence_output).argmax(axis=-1)[0]
        starts = ops.nonzero(self._is_begin(preds)).squeeze(-1)
        start_boxes = ops.gather(bbox[0], starts, 0)
        return starts, start_boxes


def make():
    np.random.seed(14)
    h = Tensor(np.random.randn(1, 16, 32).astype(np.float32))
    bbox = Tensor(np.random.randint(0, 1000, size=(1, 16, 4)).astype(np.int32))
    return EntitySpanExtractor(BIOConfig()), (h, bbox)
