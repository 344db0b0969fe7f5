# case: a HF-style model that returns a @dataclass ModelOutput instance constructed inside construct; STRICT rejects the dataclass call because its tensor arguments are not constant, while LAX runs it through the interpreter fallback and the return line comes out dynamic
from dataclasses import dataclass
from typing import Optional, Tuple

import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@dataclass
class BaseModelOutput:
    last_hidden_state: Tensor = None
    hidden_states: Optional[Tuple[Tensor]] = None
    attentions: Optional[Tuple[Tensor]] = None


class TinyEncoder(nn.Cell):
    def __init__(self, hidden=8, num_layers=2):
        super().__init__()
        self.layers = nn.CellList([nn.Dense(hidden, hidden) for _ in range(num_layers)])

    def construct(self, x, return_dict=True):
        hidden_states = (x,)
        for layer in self.layers:
            x = ops.relu(layer(x))
            hidden_states = hidden_states + (x,)
        if not return_dict:
            return (x, hidden_states)
        return BaseModelOutput(last_hidden_state=x, hidden_states=hidden_states)


def make():
    x = Tensor(np.random.randn(2, 3, 8).astype(np.float32))
    return TinyEncoder(), (x, True)
