# case: match outcome MLP over both teams' aggregated player stats with an optional dropout layer controlled by a Python bool constructor flag -> static shapes, compiles fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TeamEncoder(nn.Cell):
    def __init__(self, stat_dim=8, hidden=16):
        super().__init__()
        self.fc = nn.Dense(stat_dim, hidden)
        self.act = nn.GELU()

    def construct(self, players):
        return self.act(self.fc(players)).mean(axis=1)


class MatchOutcomeMLP(nn.Cell):
    def __init__(self, stat_dim=8, hidden=16, use_dropout=True, p=0.2):
        super().__init__()
        self.encoder = TeamEncoder(stat_dim, hidden)
        self.use_dropout = use_dropout
        self.dropout = nn.Dropout(p=p)
        self.head = nn.Dense(2 * hidden, 1)

    def construct(self, team_a, team_b):
        ea = self.encoder(team_a)
        eb = self.encoder(team_b)
        h = ops.concat((ea - eb, ea * eb), axis=-1)
        if self.use_dropout:
            h = self.dropout(h)
        return ops.sigmoid(self.head(h)).squeeze(-1)


def make():
    np.random.seed(30)
    a = Tensor(np.random.randn(4, 5, 8).astype(np.float32))
    b = Tensor(np.random.randn(4, 5, 8).astype(np.float32))
    net = MatchOutcomeMLP(8, 16, use_dropout=True)
    net.set_train(False)
    return net, (a, b)
