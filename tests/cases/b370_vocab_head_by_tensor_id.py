# case: multi-script recognizer picks its output vocabulary head (latin / digits / cjk-subset, different sizes) by indexing a CellList with a script-id tensor -> head chosen by tensor value with differently shaped outputs, expect Graph mode to refuse
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

VOCAB_SIZES = {"latin": 80, "digits": 12, "cjk_subset": 200}


class MultiScriptConfig:
    hidden_size = 24
    scripts = ("latin", "digits", "cjk_subset")
    log_probs = True


class MultiScriptHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.heads = nn.CellList([nn.Dense(config.hidden_size, VOCAB_SIZES[name]) for name in config.scripts])
        self.log_probs = config.log_probs

    def construct(self, hidden, script_id):
        head = self.heads[int(script_id)]
        logits = head(hidden)
        if self.log_probs:
            return ops.log_softmax(logits, axis=-1)
        return logits


def make():
    np.random.seed(3720)
    hidden = Tensor(np.random.randn(2, 10, 24).astype(np.float32))
    return MultiScriptHead(MultiScriptConfig()), (hidden, Tensor(np.int32(1)))
