# case: bond-edit decoder slices the predicted edit list to the predicted edit count int(n_edits) -> slice bound from tensor value, dynamic/error in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EditCountDecoder(nn.Cell):
    def __init__(self, hidden=12, max_edits=8):
        super().__init__()
        self.count_head = nn.Dense(hidden, max_edits + 1)
        self.edit_head = nn.Dense(hidden, 4)
        self.max_edits = max_edits

    def predict_count(self, g):
        logits = self.count_head(g)
        return ops.argmax(logits, dim=-1)

    def construct(self, graph_vec, edit_queries):
        n_edits = self.predict_count(graph_vec)[0]
        edit_logits = self.edit_head(edit_queries)
        n = int(n_edits)
        chosen = edit_logits[:n]
        return ops.softmax(chosen, axis=-1)


def make():
    np.random.seed(2)
    graph_vec = Tensor(np.random.randn(1, 12).astype(np.float32))
    edit_queries = Tensor(np.random.randn(8, 12).astype(np.float32))
    return EditCountDecoder(), (graph_vec, edit_queries)
