# case: NER loss averages token CE separately per entity type present in the batch, found with ops.unique -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PerTypeBalancedTagLoss(nn.Cell):
    """Macro-averaged token loss: each tag present in the batch contributes equally."""

    def __init__(self, hidden=8, num_tags=5, outside_tag=0, outside_weight=0.5):
        super().__init__()
        self.outside_tag = outside_tag
        self.outside_weight = outside_weight
        self.fc = nn.Dense(hidden, num_tags)
        self.ce = nn.CrossEntropyLoss(reduction="none")

    def construct(self, hidden_states, tags):
        logits = self.fc(hidden_states).reshape(-1, self.fc.out_channels)
        flat_tags = tags.reshape(-1)
        token_loss = self.ce(logits, flat_tags)
        present, inverse = ops.unique(flat_tags)
        n_present = present.shape[0]
        per_type_sum = ops.unsorted_segment_sum(token_loss, inverse, n_present)
        per_type_cnt = ops.unsorted_segment_sum(ops.ones_like(token_loss), inverse, n_present)
        per_type = per_type_sum / per_type_cnt
        w = ops.where(present == self.outside_tag,
                      ops.full_like(per_type, self.outside_weight), ops.ones_like(per_type))
        return (per_type * w).sum() / w.sum()


def make():
    np.random.seed(27)
    hs = Tensor(np.random.randn(2, 6, 8).astype(np.float32))
    tags = Tensor(np.array([[0, 0, 1, 2, 0, 0], [0, 3, 3, 0, 0, 0]], dtype=np.int32))
    return PerTypeBalancedTagLoss(), (hs, tags)
