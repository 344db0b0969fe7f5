# case: bond-edit decoder keeps all max_edits slots and multiplies by a position mask built from the predicted count -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EditCountDecoder(nn.Cell):
    def __init__(self, hidden=12, max_edits=8):
        super().__init__()
        self.count_head = nn.Dense(hidden, max_edits + 1)
        self.edit_head = nn.Dense(hidden, 4)
        self.max_edits = max_edits
        self.positions = Tensor(np.arange(max_edits).astype(np.int32))

    def predict_count(self, g):
        logits = self.count_head(g)
        return ops.argmax(logits, dim=-1).astype(ms.int32)

    def construct(self, graph_vec, edit_queries):
        n_edits = self.predict_count(graph_vec)
        edit_logits = self.edit_head(edit_queries)
        slot_mask = (self.positions < n_edits).astype(ms.float32)
        probs = ops.softmax(edit_logits, axis=-1)
        return probs * slot_mask.expand_dims(-1), n_edits


def make():
    np.random.seed(3)
    graph_vec = Tensor(np.random.randn(1, 12).astype(np.float32))
    edit_queries = Tensor(np.random.randn(8, 12).astype(np.float32))
    return EditCountDecoder(), (graph_vec, edit_queries)
